package org.attest.agreement.table;

/** One CSV cell with the line it starts on and its 1-based position in its row, for error messages. */
record Cell(String text, int line, int column) {
}
