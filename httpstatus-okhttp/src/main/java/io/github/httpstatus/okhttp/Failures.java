package io.github.httpstatus.okhttp;

import io.github.httpstatus.retry.TransportFailure;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.UnknownServiceException;

import javax.net.ssl.SSLException;

/** Reads what an OkHttp {@link IOException} says about whether the server may have seen the request. */
final class Failures {

    private Failures() {
    }

    /**
     * Returns the transport failure, or null when the exception is not one to repeat: a TLS or
     * protocol failure would fail again, and an interrupt or OkHttp's call timeout means stop.
     * A read or write timeout is {@code TIMED_OUT} even while connecting, since OkHttp reports both
     * alike; the advisor then repeats only idempotent requests, which is the safe side.
     */
    static TransportFailure classify(IOException failure) {
        if (failure instanceof ConnectException || failure instanceof NoRouteToHostException
                || failure instanceof UnknownHostException) {
            return TransportFailure.CONNECT_FAILED;
        }
        if (failure instanceof SocketTimeoutException) {
            return TransportFailure.TIMED_OUT;
        }
        if (failure instanceof InterruptedIOException || failure instanceof SSLException
                || failure instanceof ProtocolException || failure instanceof UnknownServiceException) {
            return null;
        }
        return TransportFailure.CONNECTION_CLOSED;
    }
}
