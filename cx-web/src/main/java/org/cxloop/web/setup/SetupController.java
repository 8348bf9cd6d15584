package org.cxloop.web.setup;

import jakarta.validation.Valid;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.NotFoundException;
import org.cxloop.core.user.NewUser;
import org.cxloop.core.user.Role;
import org.cxloop.core.user.Users;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The first-run page that creates the first admin. It exists only while nobody can sign in. */
@Controller
class SetupController {

    private final Users users;

    SetupController(Users users) {
        this.users = users;
    }

    @GetMapping("/setup")
    String form(Model model) {
        requireFirstRun();
        model.addAttribute("form", SetupForm.empty());
        return "setup/setup";
    }

    @PostMapping("/setup")
    synchronized String create(@Valid @ModelAttribute("form") SetupForm form, BindingResult result,
            RedirectAttributes redirect) {
        requireFirstRun();
        if (!result.hasFieldErrors("password") && !form.password().equals(form.passwordConfirmation())) {
            result.rejectValue("passwordConfirmation", "user.password.mismatch");
        }
        if (result.hasErrors()) {
            return "setup/setup";
        }
        try {
            users.create(new NewUser(form.email(), form.displayName(), form.password(), Role.ADMIN));
        } catch (InvalidInputException e) {
            result.rejectValue(e.field(), e.code(), e.getMessage());
            return "setup/setup";
        }
        redirect.addFlashAttribute("success", "setup.done");
        return "redirect:/login";
    }

    private void requireFirstRun() {
        if (!users.none()) {
            throw new NotFoundException("Setup is done.");
        }
    }
}
