/** A tiny consumer that proves the jar works as a named module. */
module consumer {
    requires io.github.httpstatus;
}
