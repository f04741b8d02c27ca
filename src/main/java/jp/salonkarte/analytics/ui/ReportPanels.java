package jp.salonkarte.analytics.ui;

import org.springframework.stereotype.Component;

import jp.salonkarte.analytics.Cohorts;
import jp.salonkarte.analytics.ContactList;
import jp.salonkarte.analytics.CustomerFigures;
import jp.salonkarte.analytics.CustomerList;
import jp.salonkarte.analytics.ReportSettings;
import jp.salonkarte.analytics.RfmRanks;

/** Makes the reports screen's customer panels with the services they use, so the view takes one argument for them. */
@Component
class ReportPanels {

    final CustomerFigures figures;
    final Cohorts cohorts;
    final CustomerList customerList;
    final RfmRanks rfm;
    final ContactList contacts;
    final ReportSettings settings;
    final ReportCsv csv;

    ReportPanels(CustomerFigures figures, Cohorts cohorts, CustomerList customerList, RfmRanks rfm,
            ContactList contacts, ReportSettings settings, ReportCsv csv) {
        this.figures = figures;
        this.cohorts = cohorts;
        this.customerList = customerList;
        this.rfm = rfm;
        this.contacts = contacts;
        this.settings = settings;
        this.csv = csv;
    }

    CustomerPanel customers(int returnDays) {
        return new CustomerPanel(figures, customerList, csv, returnDays);
    }

    CohortPanel cohorts() {
        return new CohortPanel(cohorts, customerList, csv);
    }

    RfmPanel rfm(boolean manages, Runnable settingsSaved) {
        return new RfmPanel(rfm, contacts, settings, customerList, csv, manages, settingsSaved);
    }
}
