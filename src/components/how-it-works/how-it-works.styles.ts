import { css } from 'lit';

export const howItWorksStyles = css`
  .steps h3 {
    margin-block: 0.75em 0.25em;
  }
`;
