package org.hasim.config.importer;

/**
 * A scenario value and why it is what it is: where a config file said it, or the documented default it was
 * filled from (then {@code assumed} is true and the YAML comment starts with {@code ASSUMPTION}).
 */
record Said(String yaml, String why, boolean assumed) {
  static Said from(String yaml, String file, int line, String what) {
    String where = line > 0 ? file + ":" + line : file;
    return new Said(yaml, "from " + where + (what.isEmpty() ? "" : " (" + what + ")"), false);
  }

  static Said assumed(String yaml, String why) {
    return new Said(yaml, why, true);
  }

  String comment() {
    return assumed ? "ASSUMPTION: " + why : why;
  }
}
