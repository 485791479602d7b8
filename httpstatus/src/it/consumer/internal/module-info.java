/** A consumer that reaches for the unexported internals; it must not compile. */
module sneaky {
    requires io.github.httpstatus;
}
