package app.eggbasket.dashboard.printable;

import app.eggbasket.analytics.scenario.Scenarios;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The printable reports' objects in the dashboard (a seller's report, a cooperative's edition): over its scenarios and messages. */
@Configuration(proxyBeanMethods = false)
class PrintableBeans {

    @Bean
    PrintableReports printableReports(Scenarios scenarios) {
        return new PrintableReports(scenarios, Clock.systemDefaultZone());
    }

    @Bean
    ReportPdf reportPdf(MessageSource messages) {
        return new ReportPdf(messages);
    }

    @Bean
    EditionPdf editionPdf(MessageSource messages) {
        return new EditionPdf(messages);
    }
}
