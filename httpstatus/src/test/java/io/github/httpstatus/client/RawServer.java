package io.github.httpstatus.client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A server on 127.0.0.1 that writes exact bytes: for its n-th connection it reads the request head
 * and writes the n-th answer (the last one for later connections), then closes the connection. It
 * can answer what a well-behaved server cannot: half a response, or a {@code Date} of its choice.
 */
final class RawServer implements AutoCloseable {

    private final ServerSocket socket;
    private final List<String> answers;
    private final AtomicInteger connections = new AtomicInteger();
    private final Thread acceptor;

    RawServer(String... answers) throws IOException {
        this.answers = List.of(answers);
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.acceptor = new Thread(this::serve, "raw-server");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + socket.getLocalPort() + path);
    }

    int connections() {
        return connections.get();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket connection = socket.accept()) {
                int n = connections.incrementAndGet();
                readHead(connection.getInputStream());
                connection.getOutputStream().write(answers.get(Math.min(n, answers.size()) - 1)
                        .getBytes(StandardCharsets.ISO_8859_1));
                connection.getOutputStream().flush();
            } catch (IOException e) {
                // the socket was closed: the test is over
            }
        }
    }

    private static void readHead(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        while (matched < 4) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            head.write(b);
            matched = b == "\r\n\r\n".charAt(matched) ? matched + 1 : b == '\r' ? 1 : 0;
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
