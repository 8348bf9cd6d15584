package org.cxloop.testsupport;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server in the test JVM that takes webhook posts on a random loopback port. It can be taken down and
 * brought back on the same port, answer a chosen status, and be slow; it keeps every request it got.
 */
public final class WebhookReceiver implements AutoCloseable {

    /** One request as it arrived, with the status the receiver answered. */
    public record Received(Map<String, String> headers, String body, int answered) {

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger arrivals = new AtomicInteger();
    private volatile int status = 200;
    private volatile Duration delay = Duration.ZERO;
    private final int port;
    private HttpServer server;

    public WebhookReceiver() {
        start(0);
        this.port = server.getAddress().getPort();
    }

    public String url() {
        return "http://127.0.0.1:" + port + "/hook";
    }

    public List<Received> received() {
        return List.copyOf(received);
    }

    /** The requests it answered with a 2xx. */
    public List<Received> accepted() {
        return received.stream().filter(r -> r.answered() / 100 == 2).toList();
    }

    /** Requests that reached the server, counted as they arrive (before any delay). */
    public int arrivals() {
        return arrivals.get();
    }

    public void answer(int status) {
        this.status = status;
    }

    public void delay(Duration delay) {
        this.delay = delay;
    }

    /** Stops listening: connections to the port are refused until {@link #up()}. */
    public synchronized void down() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    public synchronized void up() {
        if (server == null) {
            start(port);
        }
    }

    private void start(int onPort) {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/hook", exchange -> {
            arrivals.incrementAndGet();
            var body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            var headers = new HashMap<String, String>();
            exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), values.getFirst()));
            try {
                Thread.sleep(delay);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            var answered = status;
            received.add(new Received(Map.copyOf(headers), body, answered));
            exchange.sendResponseHeaders(answered, -1);
            exchange.close();
        });
        server.start();
    }

    @Override
    public void close() {
        down();
    }
}
