// Lion's accordion, imported the way its docs show (the define entry of @lion/ui).
import '@lion/ui/define/lion-accordion.js';
