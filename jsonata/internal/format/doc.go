// Package format implements the picture-string functions of JSONata 2.0.6:
// $formatNumber, $formatInteger, $parseInteger, $fromMillis and $toMillis.
//
// The pictures follow XPath/XQuery 3.1 (fn:format-number,
// fn:format-integer, fn:format-dateTime) as jsonata-js 2.0.6 implements
// them, quirks included: the results, and the error codes and messages
// (D3080–D3093, D3110, D3130–D3136), are those of jsonata-js. Where
// jsonata-js fails with a plain JavaScript exception instead of a coded
// error (a TypeError on a picture without active characters, a RangeError
// from toFixed or from deep recursion), the *Error has an empty Code and
// the JavaScript message. Where jsonata-js never returns (an exponent
// picture applied to zero or to a negative number loops forever), this
// package returns an *Error with an empty Code instead.
//
// JavaScript strings are UTF-16; this package works on Go's UTF-8 strings
// and converts to UTF-16 code units wherever jsonata-js counts or indexes
// code units, so widths, offsets and digit families agree with it.
package format
