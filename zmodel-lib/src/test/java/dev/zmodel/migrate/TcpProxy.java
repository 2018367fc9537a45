package dev.zmodel.migrate;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TCP proxy between a JDBC driver and a database server, for tests that simulate "the server stopped": {@link
 * #close()} closes the listening socket and every connection, so the driver sees the server go away in the middle
 * of a statement while the real (shared) server keeps running. Plain sockets, two pump threads per connection.
 */
final class TcpProxy implements AutoCloseable {
    private static final Pattern HOST_PORT = Pattern.compile("^(jdbc:[a-z]+://)([^/:?]+)(?::(\\d+))?(.*)$");

    private final ServerSocket server;
    private final String targetHost;
    private final int targetPort;
    private final List<Socket> sockets = new CopyOnWriteArrayList<>();

    private TcpProxy(String targetHost, int targetPort) throws IOException {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "tcp-proxy-accept");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A proxy in front of the server of {@code jdbcUrl}. */
    static TcpProxy inFrontOf(String jdbcUrl) throws IOException {
        Matcher m = HOST_PORT.matcher(jdbcUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException("no host in " + jdbcUrl);
        }
        int port =
                m.group(3) != null ? Integer.parseInt(m.group(3)) : jdbcUrl.startsWith("jdbc:postgresql") ? 5432 : 3306;
        return new TcpProxy(m.group(2), port);
    }

    /** {@code jdbcUrl} with its host and port replaced by the proxy's. */
    String route(String jdbcUrl) {
        Matcher m = HOST_PORT.matcher(jdbcUrl);
        if (!m.matches()) {
            throw new IllegalArgumentException("no host in " + jdbcUrl);
        }
        return m.group(1) + "127.0.0.1:" + server.getLocalPort() + m.group(4);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket upstream = new Socket();
                upstream.connect(new InetSocketAddress(targetHost, targetPort), 5000);
                sockets.add(client);
                sockets.add(upstream);
                pump(client, upstream);
                pump(upstream, client);
            } catch (IOException e) {
                // closed, or the server refused: the client sees its socket closed
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(
                () -> {
                    byte[] buffer = new byte[8192];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        int n;
                        while ((n = in.read(buffer)) >= 0) {
                            out.write(buffer, 0, n);
                            out.flush();
                        }
                    } catch (IOException e) {
                        // one side closed
                    } finally {
                        closeQuietly(from);
                        closeQuietly(to);
                    }
                },
                "tcp-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    /** Stops accepting and cuts every connection, like a server that stopped. */
    @Override
    public void close() {
        closeQuietly(server);
        for (Socket s : sockets) {
            closeQuietly(s);
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception ignored) {
            // already closed
        }
    }
}
