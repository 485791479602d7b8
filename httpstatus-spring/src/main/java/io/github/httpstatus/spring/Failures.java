package io.github.httpstatus.spring;

import io.github.httpstatus.retry.TransportFailure;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;

import javax.net.ssl.SSLException;

/**
 * Reads what an {@link IOException} from a request factory says about whether the server may have
 * seen the request; the JDK client's timeouts and the socket exceptions of the others.
 */
final class Failures {

    private Failures() {
    }

    /**
     * Returns the transport failure, or null when the exception is not one to repeat: a TLS or
     * protocol failure would fail again, and an interrupt means stop.
     */
    static TransportFailure classify(IOException failure) {
        if (Thread.currentThread().isInterrupted()) {
            return null;
        }
        if (failure instanceof ConnectException || failure instanceof NoRouteToHostException
                || failure instanceof UnknownHostException || failure instanceof HttpConnectTimeoutException) {
            return TransportFailure.CONNECT_FAILED;
        }
        if (failure instanceof HttpTimeoutException || failure instanceof SocketTimeoutException) {
            return TransportFailure.TIMED_OUT;
        }
        if (failure instanceof InterruptedIOException || failure instanceof SSLException
                || failure instanceof ProtocolException) {
            return null;
        }
        return TransportFailure.CONNECTION_CLOSED;
    }
}
