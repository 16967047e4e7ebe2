package org.skillboard.excel;

import java.util.List;

/**
 * What is wrong with an uploaded sheet, and where: the sheet's name as the user sees it and
 * the cell ({@code C12}), or the row ({@code 12}) when it is the row as a whole. The message
 * is a translation key with its arguments, so that the view says it in the user's language.
 */
public record SheetProblem(String sheet, String cell, int row, String messageKey, List<Object> arguments) {

    public SheetProblem {
        arguments = List.copyOf(arguments);
    }
}
