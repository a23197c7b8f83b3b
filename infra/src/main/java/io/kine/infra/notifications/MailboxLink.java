package io.kine.infra.notifications;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Tells the layout whether the embedded mailbox exists, so its menu entry shows only then. */
@ControllerAdvice(annotations = org.springframework.stereotype.Controller.class)
class MailboxLink {

    @ModelAttribute("embeddedMailbox")
    boolean embeddedMailbox() {
        return EmbeddedMailServer.isRunning();
    }
}
