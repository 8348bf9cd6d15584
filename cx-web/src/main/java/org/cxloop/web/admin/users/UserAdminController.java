package org.cxloop.web.admin.users;

import jakarta.validation.Valid;
import java.security.Principal;
import org.cxloop.core.InvalidInputException;
import org.cxloop.core.user.NewUser;
import org.cxloop.core.user.Role;
import org.cxloop.core.user.Users;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
@RequestMapping("/admin/users")
class UserAdminController {

    private final Users users;

    UserAdminController(Users users) {
        this.users = users;
    }

    @GetMapping
    String list(Model model, Principal principal) {
        model.addAttribute("users", users.list());
        model.addAttribute("roles", Role.values());
        model.addAttribute("me", principal.getName());
        return "admin/users/list";
    }

    @GetMapping("/new")
    String form(Model model) {
        model.addAttribute("form", UserForm.empty());
        model.addAttribute("roles", Role.values());
        return "admin/users/form";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                users.create(new NewUser(form.email(), form.displayName(), form.password(), form.role()));
                redirect.addFlashAttribute("success", "users.created");
                return "redirect:/admin/users";
            } catch (InvalidInputException e) {
                result.rejectValue(e.field(), e.code(), e.getMessage());
            }
        }
        model.addAttribute("roles", Role.values());
        return "admin/users/form";
    }

    @PostMapping("/{id}/role")
    String changeRole(@PathVariable long id, @RequestParam Role role, RedirectAttributes redirect) {
        return refusingLastAdmin(redirect, () -> users.changeRole(id, role), "users.roleChanged");
    }

    @PostMapping("/{id}/enabled")
    String enable(@PathVariable long id, @RequestParam boolean enabled, RedirectAttributes redirect) {
        return refusingLastAdmin(redirect, () -> users.enable(id, enabled), enabled ? "users.enabled" : "users.disabled");
    }

    @PostMapping("/{id}/password")
    String setPassword(@PathVariable long id, @RequestParam(defaultValue = "") String password, RedirectAttributes redirect) {
        try {
            users.changePassword(id, password);
            redirect.addFlashAttribute("success", "users.passwordSet");
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.code());
        }
        return "redirect:/admin/users";
    }

    private String refusingLastAdmin(RedirectAttributes redirect, Runnable change, String successMessage) {
        try {
            change.run();
            redirect.addFlashAttribute("success", successMessage);
        } catch (InvalidInputException e) {
            redirect.addFlashAttribute("error", e.code());
        }
        return "redirect:/admin/users";
    }
}
