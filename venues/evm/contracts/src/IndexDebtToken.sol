// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title IndexDebtToken
/// @notice A look-alike of an Aave variable debt token (e.g. variableDebtArbUSDCn): a
/// non-transferable balance of what an account owes in UNDERLYING_ASSET_ADDRESS. Simplified:
/// no interest index (the balance changes only when the minter mints or burns), and the
/// minter (the issuance module look-alike, which stands in for the Aave pool) is fixed at
/// construction.
contract IndexDebtToken {
    string public name;
    string public symbol;
    uint8 public immutable decimals;
    address public immutable UNDERLYING_ASSET_ADDRESS;
    address public immutable minter;
    uint256 public totalSupply;
    mapping(address => uint256) public balanceOf;

    event Transfer(address indexed from, address indexed to, uint256 value);

    error OnlyMinter();
    error NotTransferable();

    constructor(string memory name_, string memory symbol_, uint8 decimals_, address underlying_, address minter_) {
        name = name_;
        symbol = symbol_;
        decimals = decimals_;
        UNDERLYING_ASSET_ADDRESS = underlying_;
        minter = minter_;
    }

    function mint(address onBehalfOf, uint256 amount) external {
        if (msg.sender != minter) revert OnlyMinter();
        totalSupply += amount;
        balanceOf[onBehalfOf] += amount;
        emit Transfer(address(0), onBehalfOf, amount);
    }

    function burn(address from, uint256 amount) external {
        if (msg.sender != minter) revert OnlyMinter();
        balanceOf[from] -= amount;
        totalSupply -= amount;
        emit Transfer(from, address(0), amount);
    }

    function transfer(address, uint256) external pure returns (bool) {
        revert NotTransferable();
    }
}
