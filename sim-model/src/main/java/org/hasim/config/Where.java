package org.hasim.config;

/** A place in a config file: file name as given by the user and 1-based line (0 = the file as a whole). */
public record Where(String file, int line) {}
