package org.skillboard.security;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** Stores a user's few roles in one column, so an account is one row. */
@Converter
class TenantRolesConverter implements AttributeConverter<Set<TenantRole>, String> {

    @Override
    public String convertToDatabaseColumn(Set<TenantRole> roles) {
        return roles.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    @Override
    public Set<TenantRole> convertToEntityAttribute(String column) {
        EnumSet<TenantRole> roles = EnumSet.noneOf(TenantRole.class);
        if (column != null && !column.isBlank()) {
            Arrays.stream(column.split(",")).map(String::trim).map(TenantRole::valueOf).forEach(roles::add);
        }
        return roles;
    }
}
