import type { Meta } from '../schema.js';

/**
 * About the built-in English content: where the facts come from and the
 * disclaimer shown with every widget. No clinical review has been done, so
 * there is deliberately no `reviewer` and no `lastReviewed`: `written` is the
 * date the text was written or last changed.
 */
export const meta: Meta = {
  language: 'en',
  sources: [
    {
      title: 'Immunotherapy to Treat Cancer',
      url: 'https://www.cancer.gov/about-cancer/treatment/types/immunotherapy',
      publisher: 'National Cancer Institute',
    },
    {
      title: 'Immune Checkpoint Inhibitors',
      url: 'https://www.cancer.gov/about-cancer/treatment/types/immunotherapy/checkpoint-inhibitors',
      publisher: 'National Cancer Institute',
    },
    {
      title: 'Monoclonal Antibodies',
      url: 'https://www.cancer.gov/about-cancer/treatment/types/immunotherapy/monoclonal-antibodies',
      publisher: 'National Cancer Institute',
    },
    {
      title: 'T-cell Transfer Therapy',
      url: 'https://www.cancer.gov/about-cancer/treatment/types/immunotherapy/t-cell-transfer-therapy',
      publisher: 'National Cancer Institute',
    },
    {
      title: "CAR T Cells: Engineering Patients' Immune Cells to Treat Their Cancers",
      url: 'https://www.cancer.gov/about-cancer/treatment/research/car-t-cells',
      publisher: 'National Cancer Institute',
    },
    {
      title: 'Cancer Treatment Vaccines',
      url: 'https://www.cancer.gov/about-cancer/treatment/types/immunotherapy/cancer-treatment-vaccines',
      publisher: 'National Cancer Institute',
    },
    {
      title: 'Immune System Modulators',
      url: 'https://www.cancer.gov/about-cancer/treatment/types/immunotherapy/immune-system-modulators',
      publisher: 'National Cancer Institute',
    },
    {
      title: 'Immunotherapy Side Effects',
      url: 'https://www.cancer.gov/about-cancer/treatment/types/immunotherapy/side-effects',
      publisher: 'National Cancer Institute',
    },
    {
      title: 'Cancer Immunotherapy',
      url: 'https://www.cancer.org/cancer/managing-cancer/treatment-types/immunotherapy.html',
      publisher: 'American Cancer Society',
    },
    {
      title: 'Immune Checkpoint Inhibitors and Their Side Effects',
      url: 'https://www.cancer.org/cancer/managing-cancer/treatment-types/immunotherapy/immune-checkpoint-inhibitors.html',
      publisher: 'American Cancer Society',
    },
    {
      title: 'CAR T-cell Therapy and Its Side Effects',
      url: 'https://www.cancer.org/cancer/managing-cancer/treatment-types/immunotherapy/car-t-cell1.html',
      publisher: 'American Cancer Society',
    },
    {
      title: 'Oncolytic Virus Therapy',
      url: 'https://www.cancer.org/cancer/managing-cancer/treatment-types/immunotherapy/oncolytic-virus-therapy.html',
      publisher: 'American Cancer Society',
    },
    {
      title: 'Intravesical Therapy for Bladder Cancer',
      url: 'https://www.cancer.org/cancer/types/bladder-cancer/treating/intravesical-therapy.html',
      publisher: 'American Cancer Society',
    },
    {
      title: 'Side Effects of Immunotherapy',
      url: 'https://www.cancer.net/navigating-cancer-care/how-cancer-treated/immunotherapy-and-vaccines/side-effects-immunotherapy',
      publisher: 'Cancer.Net (American Society of Clinical Oncology)',
    },
    {
      title: 'What is CAR T-Cell Therapy?',
      url: 'https://www.cancer.net/navigating-cancer-care/how-cancer-treated/immunotherapy-and-vaccines/what-car-t-cell-therapy',
      publisher: 'Cancer.Net (American Society of Clinical Oncology)',
    },
    {
      title: 'NCCN Guidelines for Patients: Immunotherapy Side Effects (Immune Checkpoint Inhibitors; CAR T-Cell Therapy)',
      url: 'https://www.nccn.org/patientresources/patient-resources/guidelines-for-patients',
      publisher: 'National Comprehensive Cancer Network',
    },
    {
      title: 'Immunotherapy',
      url: 'https://www.cancerresearchuk.org/about-cancer/treatment/immunotherapy',
      publisher: 'Cancer Research UK',
    },
    {
      title: 'Immunotherapy',
      url: 'https://www.macmillan.org.uk/cancer-information-and-support/treatments-and-drugs/immunotherapy',
      publisher: 'Macmillan Cancer Support',
    },
    {
      title: 'CAR-T cell therapy',
      url: 'https://www.macmillan.org.uk/cancer-information-and-support/treatments-and-drugs/car-t-cell-therapy',
      publisher: 'Macmillan Cancer Support',
    },
    {
      title: 'Management of Immune-Related Adverse Events in Patients Treated With Immune Checkpoint Inhibitor Therapy: ASCO Guideline Update',
      url: 'https://doi.org/10.1200/JCO.21.01440',
      publisher: 'American Society of Clinical Oncology',
    },
    {
      title: 'ASTCT Consensus Grading for Cytokine Release Syndrome and Neurologic Toxicity Associated with Immune Effector Cells',
      url: 'https://doi.org/10.1016/j.bbmt.2018.12.758',
      publisher: 'American Society for Transplantation and Cellular Therapy',
    },
    {
      title: 'Approved Cellular and Gene Therapy Products (prescribing information, including lifileucel)',
      url: 'https://www.fda.gov/vaccines-blood-biologics/cellular-gene-therapy-products/approved-cellular-and-gene-therapy-products',
      publisher: 'U.S. Food and Drug Administration',
    },
    {
      title: 'Monoclonal Antibodies and Their Side Effects',
      url: 'https://www.cancer.org/cancer/managing-cancer/treatment-types/immunotherapy/monoclonal-antibodies.html',
      publisher: 'American Cancer Society',
    },
    {
      title: 'Adrenal crisis and the steroid emergency card',
      url: 'https://www.endocrinology.org/adrenal-crisis',
      publisher: 'Society for Endocrinology',
    },
    {
      title: 'Headaches',
      url: 'https://www.nhs.uk/conditions/headaches/',
      publisher: 'NHS',
    },
  ],
  written: '2026-11-22',
  disclaimer: [
    'This is general information to help you learn. It is not a diagnosis or medical advice, and it does not take the place of your care team.',
    'Every person and every cancer is different. If you are not sure what to do, call your care team.',
  ],
};
