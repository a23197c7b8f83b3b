package io.kine.infra.config.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import redis.embedded.RedisServer;

/** One real Redis server per JVM, used when no Redis address is configured. */
final class EmbeddedRedisServer {

    private static RedisServer server;
    private static int port;

    private EmbeddedRedisServer() {
    }

    /**
     * Starts Redis on a free loopback port. With a data directory it keeps an append-only file
     * there, so logged-in sessions survive a restart; without one it keeps nothing.
     */
    static synchronized String url(Path dataDirectory) {
        if (server == null) {
            try {
                port = freePort();
                var builder = RedisServer.newRedisServer().port(port).bind("127.0.0.1");
                if (dataDirectory != null) {
                    Files.createDirectories(dataDirectory);
                    builder.setting("dir " + dataDirectory.toAbsolutePath()).setting("appendonly yes");
                } else {
                    builder.setting("save \"\"").setting("appendonly no");
                }
                server = builder.build();
                server.start();
                Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedRedisServer::stop, "embedded-redis-stop"));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded Redis", e);
            }
        }
        return "redis://127.0.0.1:" + port;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static synchronized void stop() {
        try {
            if (server != null) {
                server.stop();
            }
        } catch (IOException e) {
            // the JVM is going away; nothing more to do
        }
    }
}
