package org.cxloop.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An SMTP server for the invitation benchmark that keeps no mail: it counts the mails it accepted per recipient
 * (RCPT TO) and keeps the first one whole, as the baseline's template. A mail counts when its DATA ends, before the
 * server answers 250, so a client that was told "taken" has been counted. GreenMail, used before, files every mail
 * in a folder per recipient and finds that folder by a linear search over all of them: with 100 000 recipients its
 * delivery rate fell from ~22 000 to ~3 400 a minute during one campaign, so it measured itself, not the sender.
 */
final class CountingSmtpServer implements AutoCloseable {

    private final ServerSocket server;
    private final ExecutorService connections = Executors.newCachedThreadPool();
    private final Map<String, AtomicInteger> perRecipient = new ConcurrentHashMap<>();
    private final AtomicLong delivered = new AtomicLong();
    private volatile byte[] first;

    CountingSmtpServer(int port) throws IOException {
        server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress("127.0.0.1", port), 200);
        var acceptor = new Thread(this::accept, "smtp-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    long delivered() {
        return delivered.get();
    }

    /** Mails accepted per recipient address (lower case). */
    Map<String, Integer> perRecipient() {
        var copy = new java.util.HashMap<String, Integer>();
        perRecipient.forEach((address, count) -> copy.put(address, count.get()));
        return copy;
    }

    byte[] firstMail() {
        return first;
    }

    void forget() {
        perRecipient.clear();
        delivered.set(0);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                var socket = server.accept();
                connections.execute(() -> serve(socket));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            socket.setTcpNoDelay(true);
            var in = new BufferedInputStream(socket.getInputStream(), 65536);
            var out = new BufferedOutputStream(socket.getOutputStream());
            reply(out, "220 bench ESMTP");
            var recipients = new ArrayList<String>();
            for (String line; (line = readLine(in)) != null; ) {
                var verb = (line.length() >= 4 ? line.substring(0, 4) : line).toUpperCase(Locale.ROOT);
                switch (verb) {
                    case "EHLO" -> reply(out, "250-bench\r\n250 8BITMIME");
                    case "HELO", "NOOP" -> reply(out, "250 OK");
                    case "MAIL", "RSET" -> {
                        recipients.clear();
                        reply(out, "250 OK");
                    }
                    case "RCPT" -> {
                        recipients.add(address(line));
                        reply(out, "250 OK");
                    }
                    case "DATA" -> {
                        reply(out, "354 End data with <CR><LF>.<CR><LF>");
                        var mail = readData(in, first == null);
                        if (first == null && mail != null) {
                            first = mail;
                        }
                        for (var recipient : recipients) {
                            perRecipient.computeIfAbsent(recipient, r -> new AtomicInteger()).incrementAndGet();
                        }
                        delivered.addAndGet(recipients.size());
                        recipients.clear();
                        reply(out, "250 OK");
                    }
                    case "QUIT" -> {
                        reply(out, "221 Bye");
                        return;
                    }
                    default -> reply(out, "502 Not implemented");
                }
            }
        } catch (IOException e) {
            // The client went away; what it had sent before is counted.
        }
    }

    private static String address(String line) {
        var start = line.indexOf('<');
        var end = line.indexOf('>', start + 1);
        var address = start >= 0 && end > start ? line.substring(start + 1, end) : line.substring(line.indexOf(':') + 1).trim();
        return address.toLowerCase(Locale.ROOT);
    }

    /** Reads DATA up to the lone dot; returns the mail (dots unstuffed) when asked to keep it, else null. */
    private static byte[] readData(InputStream in, boolean keep) throws IOException {
        var mail = keep ? new ByteArrayOutputStream() : null;
        for (String line; (line = readLine(in)) != null; ) {
            if (line.equals(".")) {
                return mail == null ? null : mail.toByteArray();
            }
            if (mail != null) {
                mail.write((line.startsWith("..") ? line.substring(1) : line).getBytes(StandardCharsets.ISO_8859_1));
                mail.write('\r');
                mail.write('\n');
            }
        }
        throw new IOException("connection closed inside DATA");
    }

    private static String readLine(InputStream in) throws IOException {
        var line = new StringBuilder(128);
        for (int b; (b = in.read()) != -1; ) {
            if (b == '\n') {
                var length = line.length();
                if (length > 0 && line.charAt(length - 1) == '\r') {
                    line.setLength(length - 1);
                }
                return line.toString();
            }
            line.append((char) b);
        }
        return line.isEmpty() ? null : line.toString();
    }

    private static void reply(OutputStream out, String text) throws IOException {
        out.write((text + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    @Override
    public void close() throws IOException {
        server.close();
        connections.shutdownNow();
    }
}
