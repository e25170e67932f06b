import { css } from 'lit';

export const checklistStyles = css`
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin-block: var(--_space);
  }
  legend {
    font-weight: 600;
  }
  .symptom {
    margin-block: 0.5em;
  }
  input[type='checkbox'] {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    vertical-align: middle;
  }
  .hint {
    color: var(--_muted);
    padding-inline-start: 2rem;
  }
`;
