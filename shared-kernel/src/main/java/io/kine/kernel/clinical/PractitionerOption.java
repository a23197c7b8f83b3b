package io.kine.kernel.clinical;

import io.kine.kernel.identity.UserId;

public record PractitionerOption(UserId userId, String name) {
}
