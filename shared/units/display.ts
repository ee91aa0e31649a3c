// Display forms of UCUM unit codes, as lab reports print them; the stored value stays the UCUM code.
// One implementation, beside the UCUM parser that knows the codes.
export { displayUnit } from './ucum';
