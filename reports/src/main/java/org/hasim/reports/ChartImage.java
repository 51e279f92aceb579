package org.hasim.reports;

/**
 * A rendered chart of the report: its PNG file name, a heading, a caption saying how to read it, the
 * alternative text, and the PNG bytes.
 */
public record ChartImage(String fileName, String heading, String caption, String alt, byte[] png) {}
