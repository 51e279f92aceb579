package org.hasim.scenario;

import java.util.List;

/** What users see: hosted by {@code vm}, up only while the services it depends on are up. */
public record ServiceSpec(String name, String vm, List<String> dependsOn) {}
