package trellis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import inet.ipaddr.IPAddressString;
import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs Neo4j Community embedded with its Bolt connector on 127.0.0.1 for Trellis.
 *
 * <p>Arguments: --home DIR --port N [--pagecache-mb N] [--tx-max-mb N] [--tx-total-max-mb N]
 * [--tx-timeout-s N]. The password of user neo4j comes from the TRELLIS_NEO4J_PASSWORD environment
 * variable (never an argument: arguments are visible to every user in the process list).
 *
 * <p>Prints one line "TRELLIS_NEO4J_READY bolt://127.0.0.1:PORT" when Bolt answers. Shuts down cleanly
 * on SIGTERM/SIGINT (JVM shutdown hook) and when its standard input closes, so that a parent that
 * dies without stopping it does not leave an orphaned database behind.
 */
public final class Launcher {
    private static final String PASSWORD_MARKER = ".trellis-password-applied";

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        Path home = Path.of(require(options, "home")).toAbsolutePath();
        int port = Integer.parseInt(require(options, "port"));
        String password = System.getenv("TRELLIS_NEO4J_PASSWORD");
        if (password == null || password.length() < 8) {
            fail("TRELLIS_NEO4J_PASSWORD must hold a password of at least 8 characters");
        }
        Files.createDirectories(home);

        // The first start sets the password with Bolt closed, so no client ever sees the default one.
        if (!Files.exists(home.resolve(PASSWORD_MARKER))) {
            applyPassword(home, options, password);
        }

        DatabaseManagementService dbms = builder(home, options, port, true).build();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            dbms.shutdown();
            System.out.println("TRELLIS_NEO4J_STOPPED");
        }, "trellis-neo4j-shutdown"));
        dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME); // fails fast if the store cannot open
        System.out.println("TRELLIS_NEO4J_READY bolt://127.0.0.1:" + port);
        System.out.flush();
        waitForStdinToClose(System.in);
        System.exit(0); // runs the shutdown hook
    }

    private static void applyPassword(Path home, Map<String, String> options, String password) throws IOException {
        DatabaseManagementService dbms = builder(home, options, 0, false).build();
        try {
            dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME).executeTransactionally(
                    "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        } finally {
            dbms.shutdown();
        }
        Files.writeString(home.resolve(PASSWORD_MARKER), "password set\n");
    }

    private static DatabaseManagementServiceBuilder builder(
            Path home, Map<String, String> options, int port, boolean bolt) {
        long mb = 1024L * 1024L;
        DatabaseManagementServiceBuilder builder = new DatabaseManagementServiceBuilder(home)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.allow_file_urls, false)
                .setConfig(GraphDatabaseInternalSettings.cypher_ip_blocklist,
                        List.of(new IPAddressString("0.0.0.0/0"), new IPAddressString("::/0")))
                .setConfig(GraphDatabaseSettings.pagecache_memory, mb * number(options, "pagecache-mb", 256))
                .setConfig(GraphDatabaseSettings.memory_transaction_max_size, mb * number(options, "tx-max-mb", 2048))
                .setConfig(GraphDatabaseSettings.memory_transaction_global_max_size,
                        mb * number(options, "tx-total-max-mb", 4096))
                .setConfig(GraphDatabaseSettings.transaction_timeout,
                        Duration.ofSeconds(number(options, "tx-timeout-s", 900)))
                .setConfig(BoltConnector.enabled, bolt);
        if (bolt) {
            builder.setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port));
        }
        return builder;
    }

    private static void waitForStdinToClose(InputStream in) {
        byte[] buffer = new byte[256];
        try {
            while (in.read(buffer) >= 0) {
                // Nothing is read from the parent; only the end of the stream matters.
            }
        } catch (IOException closed) {
            // A broken pipe means the parent is gone, the same as end of stream.
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                fail("unexpected argument " + args[i]);
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            fail("missing --" + name);
        }
        return value;
    }

    private static long number(Map<String, String> options, String name, long fallback) {
        String value = options.get(name);
        return value == null ? fallback : Long.parseLong(value);
    }

    private static void fail(String message) {
        System.err.println("TRELLIS_NEO4J_ERROR " + message);
        System.exit(2);
    }
}
