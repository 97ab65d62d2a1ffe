package app.eggbasket.dashboard.printable;

import app.eggbasket.analytics.scenario.Scenarios;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** The printable report's objects in the dashboard: over the dashboard's scenarios and its messages. */
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
}
