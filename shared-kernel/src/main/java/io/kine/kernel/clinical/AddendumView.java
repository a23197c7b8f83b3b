package io.kine.kernel.clinical;

import io.kine.kernel.identity.UserId;
import java.time.Instant;

public record AddendumView(int number, UserId authorId, String authorName, Instant addedAt, String text) {
}
