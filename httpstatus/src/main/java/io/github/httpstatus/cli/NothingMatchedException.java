package io.github.httpstatus.cli;

/** Nothing matched, with a reason worth more than the generic line; the CLI exits with status 1. */
final class NothingMatchedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    NothingMatchedException(String message) {
        super(message);
    }
}
