import { css } from 'lit';

export const faqStyles = css`
  .item {
    border-block-end: 1px solid var(--_border);
  }
  summary {
    cursor: pointer;
    padding-block: 0.75em;
    font-weight: 600;
  }
  .answer {
    padding-block-end: 0.75em;
  }
`;
