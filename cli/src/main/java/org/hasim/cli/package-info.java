/** The {@code hasim} command line (picocli): one class per subcommand, error and exit-code handling. */
package org.hasim.cli;
