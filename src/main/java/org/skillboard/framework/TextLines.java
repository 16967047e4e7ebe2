package org.skillboard.framework;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.List;

/** A short list of one-line texts (activities, practices) kept in one text column, a line each. */
@Converter
class TextLines implements AttributeConverter<List<String>, String> {

    @Override
    public String convertToDatabaseColumn(List<String> lines) {
        return lines == null || lines.isEmpty() ? null : String.join("\n", lines);
    }

    @Override
    public List<String> convertToEntityAttribute(String column) {
        return column == null || column.isEmpty() ? List.of() : Arrays.asList(column.split("\n", -1));
    }
}
