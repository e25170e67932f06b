// Shoelace's <sl-details>, imported the way its docs show for a bundler ("cherry picking").
import '@shoelace-style/shoelace/dist/components/details/details.js';
