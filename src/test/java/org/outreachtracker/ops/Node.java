package org.outreachtracker.ops;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.outreachtracker.Application;
import org.outreachtracker.PostgresTestDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * One application node: the whole application (web server on a port of its own) in this JVM,
 * against the PostgreSQL schema given. Several nodes may share a schema, as several servers
 * share a database behind a load balancer.
 */
final class Node implements AutoCloseable {

    private static final List<Node> OPEN = new java.util.concurrent.CopyOnWriteArrayList<>();

    final String name;
    final ConfigurableApplicationContext context;

    private Node(String name, ConfigurableApplicationContext context) {
        this.name = name;
        this.context = context;
    }

    /** Starts a node; {@code settings} are command-line style ("--key=value"). */
    static Node start(String name, String schema, String... settings) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--" + PostgresTestDatabase.SCHEMA_PROPERTY + "=" + schema,
                "--spring.datasource.hikari.data-source-properties.ApplicationName=" + applicationName(name, schema),
                "--spring.datasource.hikari.pool-name=" + name));
        args.addAll(List.of(settings));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .profiles("test", PostgresTestDatabase.PROFILE)
                .run(args.toArray(String[]::new));
        var node = new Node(name, context);
        OPEN.add(node);
        return node;
    }

    /** How the node's database connections name themselves (PostgreSQL's pg_stat_activity). */
    static String applicationName(String name, String schema) {
        return "outreach-" + name + "-" + schema;
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** The HTTP status of GET {@code path} on this node. */
    int get(String path) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            return client.send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port() + path))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        }
    }

    /**
     * Runs the work on this node as the user, signed in for this thread. Each node keeps the
     * signed-in user in its own holder, and the application code also reads Spring Security's
     * static holder, which points at one node's (the last started) and through which the
     * access rules are checked: the user is put in every running node's holder, for this thread.
     */
    <T> T as(String username, Supplier<T> work) {
        var principal = bean(UserDetailsService.class).loadUserByUsername(username);
        var authentication =
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        List<SecurityContextHolderStrategy> holders = new ArrayList<>();
        holders.add(SecurityContextHolder.getContextHolderStrategy());
        for (Node node : OPEN) {
            holders.add(node.bean(SecurityContextHolderStrategy.class));
        }
        for (SecurityContextHolderStrategy holder : holders) {
            var securityContext = holder.createEmptyContext();
            securityContext.setAuthentication(authentication);
            holder.setContext(securityContext);
        }
        try {
            return work.get();
        } finally {
            holders.forEach(SecurityContextHolderStrategy::clearContext);
        }
    }

    /** Points Spring Security's static holder at this node (for helpers that sign in through it). */
    Node select() {
        SecurityContextHolder.setContextHolderStrategy(bean(SecurityContextHolderStrategy.class));
        return this;
    }

    @Override
    public void close() {
        OPEN.remove(this);
        context.close();
    }
}
