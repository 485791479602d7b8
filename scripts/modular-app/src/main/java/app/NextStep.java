package app;

import io.github.httpstatus.HttpStatusInfo;

import java.net.http.HttpResponse;

/** What a client of this application does after a response, decided by httpstatus. */
public final class NextStep {

    private NextStep() {
    }

    /**
     * Names the step after a response.
     *
     * @param response  the response, not null
     * @return "done", "follow", "retry" or "give up"
     */
    public static String after(HttpResponse<?> response) {
        return after(response.statusCode());
    }

    /**
     * Names the step after a response with the given status.
     *
     * @param code  the status code received, any int
     * @return "done", "follow", "retry" or "give up"
     */
    public static String after(int code) {
        HttpStatusInfo status = HttpStatusInfo.ofReceived(code);
        if (status.isSuccessful()) {
            return "done";
        }
        if (status.isRedirect()) {
            return "follow";
        }
        return status.isRetryable() ? "retry" : "give up";
    }
}
