// Package contracts holds navarb's own Solidity contracts: their sources
// (src/*.sol), the artifacts solc-js compiles from them (artifacts/*.json:
// abi and bytecode) and the Go bindings abigen generates from the artifacts
// (bindings.go). All three are committed; `node scripts/build-contracts`
// regenerates the artifacts and bindings (after `bash scripts/npm-install`),
// and this package's tests fail when either is out of date.
//
// Contracts: TestERC20 (a mintable ERC20 for tests and dev chains) and
// TestUniswapCaller (test-only V2 swaps and V3 mint, burn and swap through
// their callbacks).
package contracts
