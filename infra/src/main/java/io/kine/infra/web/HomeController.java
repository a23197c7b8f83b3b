package io.kine.infra.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

    static final String HOME_VIEW = "home";
    static final String LOGIN_VIEW = "login";

    @GetMapping("/")
    String home() {
        return HOME_VIEW;
    }

    @GetMapping("/login")
    String login() {
        return LOGIN_VIEW;
    }
}
