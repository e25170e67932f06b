import { css } from 'lit';

export const explorerStyles = css`
  .therapy h3 {
    margin-block-end: 0.25em;
  }
`;
