package io.kine.infra.billing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a printed billing document shows, every text already translated and formatted for its
 * language: the template only lays it out. In right-to-left documents each table row's cells
 * are reversed here, so the first column (labels, descriptions) sits on the right.
 */
record BillingDocument(String language, boolean rightToLeft, String title, String number, List<String> letterhead,
        List<String> addressee, List<Table> tables, List<String> notes, String footer) {

    /** A table with its header row; {@code numeric} marks the columns aligned as numbers. */
    record Table(String caption, List<String> header, List<List<String>> rows, List<Boolean> numeric,
            boolean totals) {

        Table inDirection(boolean rightToLeft) {
            if (!rightToLeft) {
                return this;
            }
            return new Table(caption, reversed(header), rows.stream().map(Table::reversed).toList(), reversed(numeric),
                    totals);
        }

        private static <T> List<T> reversed(List<T> cells) {
            List<T> copy = new ArrayList<>(cells);
            Collections.reverse(copy);
            return copy;
        }
    }
}
