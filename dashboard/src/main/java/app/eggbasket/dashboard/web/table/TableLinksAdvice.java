package app.eggbasket.dashboard.web.table;

import app.eggbasket.dashboard.web.PageController;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page its {@link TableLinks} as {@code tableLinks}. */
@ControllerAdvice(annotations = PageController.class)
class TableLinksAdvice {

    @ModelAttribute("tableLinks")
    TableLinks tableLinks() {
        return TableLinks.forCurrentRequest();
    }
}
