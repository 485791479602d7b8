package io.github.httpstatus.spring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.httpstatus.retry.TransportFailure;

import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.ProtocolException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.stream.Stream;

import javax.net.ssl.SSLHandshakeException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FailuresTest {

    static Stream<Arguments> failures() {
        return Stream.of(
                Arguments.of(new ConnectException("Failed to connect"), TransportFailure.CONNECT_FAILED),
                Arguments.of(new NoRouteToHostException(), TransportFailure.CONNECT_FAILED),
                Arguments.of(new UnknownHostException("a.example"), TransportFailure.CONNECT_FAILED),
                Arguments.of(new SocketTimeoutException("timeout"), TransportFailure.TIMED_OUT),
                Arguments.of(new EOFException("\\n not found"), TransportFailure.CONNECTION_CLOSED),
                Arguments.of(new SocketException("Connection reset"), TransportFailure.CONNECTION_CLOSED),
                Arguments.of(new IOException("unexpected end of stream"), TransportFailure.CONNECTION_CLOSED),
                Arguments.of(new InterruptedIOException("timeout"), null),
                Arguments.of(new SSLHandshakeException("bad certificate"), null),
                Arguments.of(new HttpConnectTimeoutException("HTTP connect timed out"), TransportFailure.CONNECT_FAILED),
                Arguments.of(new HttpTimeoutException("request timed out"), TransportFailure.TIMED_OUT),
                Arguments.of(new ProtocolException("Unexpected status line"), null));
    }

    @ParameterizedTest
    @MethodSource("failures")
    void eachFailureIsReadAsWhatItSaysAboutTheRequest(IOException failure, TransportFailure expected) {
        assertThat(Failures.classify(failure)).isEqualTo(expected);
    }

    @Test
    void nothingIsRepeatedOnceTheThreadIsInterrupted() {
        Thread.currentThread().interrupt();
        try {
            assertThat(Failures.classify(new ConnectException())).isNull();
        } finally {
            Thread.interrupted();
        }
    }
}
