package org.hasim.config.cib;

import java.util.Optional;

/** A resource operation ({@code <op name="start" interval="0" timeout="60s"/>}); times in seconds. */
public record Op(String name, double interval, Optional<Double> timeout, Optional<String> timeoutText,
    int line) {}
