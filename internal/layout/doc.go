// Package layout has no code: its tests check the repository itself,
// for example that the README's Layout tree names every folder.
package layout
