package org.outreachtracker.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.outreachtracker.base.Roles;

class RolesTest {

    @Test
    void roleConstantsForAnnotationsMatchTheRolesPeopleHold() throws IllegalAccessException {
        Set<String> constants = new HashSet<>();
        for (Field field : Roles.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
                constants.add((String) field.get(null));
            }
        }
        // Held by the application itself, and by sessions part-way through signing in: never roles people hold.
        constants.removeAll(Set.of(Roles.SYSTEM, Roles.ENROLLING_SECOND_FACTOR, Roles.SIGN_IN_INCOMPLETE));
        Set<String> roles = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());

        assertThat(constants).isEqualTo(roles);
        assertThat(roles).containsExactlyInAnyOrder("DESK_OFFICER", "MANAGER", "ADMIN");
        assertThat(Role.MANAGER.authority()).isEqualTo("ROLE_MANAGER");
    }
}
