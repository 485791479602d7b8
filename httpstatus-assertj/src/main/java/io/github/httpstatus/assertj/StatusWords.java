package io.github.httpstatus.assertj;

import io.github.httpstatus.HttpStatusInfo;
import io.github.httpstatus.StatusClass;

/** How failure messages name statuses and their classes. */
final class StatusWords {

    private StatusWords() {
    }

    /** A status with its class, such as {@code "404 Not Found (4xx Client Error)"}. */
    static String describe(HttpStatusInfo status) {
        return status + " (" + describe(status.statusClass()) + ")";
    }

    /** A class, such as {@code "4xx Client Error"}. */
    static String describe(StatusClass statusClass) {
        return statusClass.label() + " " + statusClass.displayName();
    }

    /** A code as the registry names it, such as {@code "201 Created"}, or the bare number outside 100..599. */
    static String describe(int code) {
        return HttpStatusInfo.find(code).map(HttpStatusInfo::toString).orElse(String.valueOf(code));
    }
}
