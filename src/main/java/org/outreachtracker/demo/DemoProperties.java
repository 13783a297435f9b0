package org.outreachtracker.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Demo mode ({@code outreach.demo.enabled}): on first start with an empty database, demo
 * accounts and invented outreach data are created, and every page says "DEMO".
 */
@ConfigurationProperties("outreach.demo")
public record DemoProperties(boolean enabled) {}
