// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

library TorosExecTypes {
    struct ComplexAsset {
        address supportedAsset;
        bytes withdrawData;
        uint256 slippageTolerance;
    }

    struct Asset {
        address asset;
        bool isDeposit;
    }
}

interface ITorosExecPool {
    function poolManagerLogic() external view returns (address);
    function totalSupply() external view returns (uint256);
    function calculateAvailableManagerFee(uint256 _fundValue) external view returns (uint256 fee);
    function withdrawSafe(uint256 _fundTokenAmount, TorosExecTypes.ComplexAsset[] memory _complexAssetsData) external;
}

interface ITorosExecPML {
    function getSupportedAssets() external view returns (TorosExecTypes.Asset[] memory);
    function totalFundValue() external view returns (uint256);
    function assetValue(address asset, uint256 amount) external view returns (uint256);
    function getExitFeeInfo() external view returns (uint256, uint256, uint256);
}

interface ITorosExecERC20 {
    function decimals() external view returns (uint8);
    function balanceOf(address) external view returns (uint256);
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
}

interface ITorosExecPair {
    function token0() external view returns (address);
    function getReserves() external view returns (uint112, uint112, uint32);
    function swap(uint256 amount0Out, uint256 amount1Out, address to, bytes calldata data) external;
}

/// @title TorosExecIssuer
/// @notice NavArbExecutor's issuer (IExecIssuer) for a Toros (dHEDGE) pool token. Buy-and-redeem
/// only: a deposit locks the minted tokens for the pool's exit cooldown, so they cannot be sold
/// in the same transaction; previewMint and mint revert with MintLocked.
///
/// redeem(q, minQuoteOut, to) pulls q pool tokens from the caller and calls
/// withdrawSafe(q, complexAssets) with one entry per supported asset (no withdraw data,
/// slippageTolerance = the bound set at construction). The pool pays its portion of each
/// asset; this contract keeps the quote token as is and sells all of the collateral token it
/// received on one Uniswap V2 collateral/quote pair (out = in*997*rOut/(rIn*1000 + in*997)),
/// then sends the quote total (at least minQuoteOut) to `to` (collateral dust the pair would pay
/// nothing for goes to `to` unsold). Any other asset withdrawn makes it
/// revert (UnexpectedAsset): the conversion is defined for these two only. It holds nothing
/// between calls and grants no approvals.
contract TorosExecIssuer {
    address public immutable pool;
    address public immutable quoteToken;
    address public immutable collateralToken;
    address public immutable pair;
    uint256 public immutable slippageToleranceBps;

    /// @dev NavLeveragedToken's Redeemed event, so readers of loops decode it alike:
    /// collateralRemoved is the collateral withdrawn and sold, debtRepaid 0 (the pool repays its
    /// debt inside the withdrawal), fee the value of the exit-fee tokens, quoteOut * exitFee / burnt.
    event Redeemed(
        address indexed holder,
        address indexed to,
        uint256 quantity,
        uint256 collateralRemoved,
        uint256 debtRepaid,
        uint256 quoteOut,
        uint256 fee
    );

    error MintLocked();
    error UnexpectedAsset(address asset);
    error Slippage(uint256 amount, uint256 limit);
    error TokenCall(address target);

    constructor(address pool_, address quoteToken_, address collateralToken_, address pair_, uint256 slippageToleranceBps_) {
        pool = pool_;
        quoteToken = quoteToken_;
        collateralToken = collateralToken_;
        pair = pair_;
        slippageToleranceBps = slippageToleranceBps_;
    }

    /// @notice The token this issuer redeems (the pool token).
    function token() external view returns (address) {
        return pool;
    }

    function previewMint(uint256) external pure returns (uint256, uint256) {
        revert MintLocked();
    }

    function mint(uint256, uint256, address) external pure returns (uint256) {
        revert MintLocked();
    }

    /// @notice An estimate of what redeem(quantity) pays now, and the exit fee's value within it,
    /// from the pool's public views: the value redeemed is
    /// fundValue * portion (portion = (quantity - exit fee) / (supply + unminted streaming fee)),
    /// of which the quote balance's portion arrives as quote and the rest as collateral, valued
    /// at the pool's assetValue and sold on the pair. Exact but for rounding (a few wei of
    /// collateral) when the pool's only leveraged position is collateral against quote debt.
    function previewRedeem(uint256 quantity) external view returns (uint256 quoteOut, uint256 fee) {
        ITorosExecPML m = ITorosExecPML(ITorosExecPool(pool).poolManagerLogic());
        uint256 fundValue = m.totalFundValue();
        uint256 supply = ITorosExecPool(pool).totalSupply() + ITorosExecPool(pool).calculateAvailableManagerFee(fundValue);
        if (supply == 0) return (0, 0);
        (uint256 exitNum,, uint256 den) = m.getExitFeeInfo();
        uint256 exitFee = quantity * exitNum / den;
        uint256 portion = (quantity - exitFee) * 1e18 / supply;
        uint256 value = portion * fundValue / 1e18;
        quoteOut = ITorosExecERC20(quoteToken).balanceOf(pool) * portion / 1e18;
        uint256 quoteValue = m.assetValue(quoteToken, quoteOut);
        if (value > quoteValue) quoteOut += _saleOf(m, value - quoteValue);
        fee = quantity == exitFee ? 0 : quoteOut * exitFee / (quantity - exitFee);
    }

    /// @dev What collateral worth `value` (USD, 18 decimals, at the pool's price) sells for.
    function _saleOf(ITorosExecPML m, uint256 value) private view returns (uint256) {
        uint256 unit = 10 ** uint256(ITorosExecERC20(collateralToken).decimals());
        uint256 coll = value * unit / m.assetValue(collateralToken, unit);
        (uint256 rIn, uint256 rOut,) = _reserves();
        uint256 inWithFee = coll * 997;
        return inWithFee * rOut / (rIn * 1000 + inWithFee);
    }

    function redeem(uint256 quantity, uint256 minQuoteOut, address to) external returns (uint256 quoteOut) {
        TorosExecTypes.Asset[] memory assets = ITorosExecPML(ITorosExecPool(pool).poolManagerLogic()).getSupportedAssets();
        TorosExecTypes.ComplexAsset[] memory data = new TorosExecTypes.ComplexAsset[](assets.length);
        uint256[] memory before = new uint256[](assets.length);
        for (uint256 i = 0; i < assets.length; i++) {
            data[i] = TorosExecTypes.ComplexAsset(assets[i].asset, "", slippageToleranceBps);
            before[i] = ITorosExecERC20(assets[i].asset).balanceOf(address(this));
        }
        _call(pool, abi.encodeCall(ITorosExecERC20.transferFrom, (msg.sender, address(this), quantity)));
        ITorosExecPool(pool).withdrawSafe(quantity, data);

        for (uint256 i = 0; i < assets.length; i++) {
            before[i] = ITorosExecERC20(assets[i].asset).balanceOf(address(this)) - before[i];
        }
        uint256 collateralOut;
        for (uint256 i = 0; i < assets.length; i++) {
            uint256 got = before[i]; // what the withdrawal paid, measured before any sale
            if (got == 0) continue;
            if (assets[i].asset == quoteToken) {
                quoteOut += got;
            } else if (assets[i].asset == collateralToken) {
                collateralOut = got;
                quoteOut += _sell(got, to);
            } else {
                revert UnexpectedAsset(assets[i].asset);
            }
        }
        if (quoteOut < minQuoteOut) revert Slippage(quoteOut, minQuoteOut);
        _call(quoteToken, abi.encodeCall(ITorosExecERC20.transfer, (to, quoteOut)));
        emit Redeemed(msg.sender, to, quantity, collateralOut, 0, quoteOut, _feeValue(quantity, quoteOut));
    }

    /// @dev The value of the exit-fee tokens in a redemption paying quoteOut.
    function _feeValue(uint256 quantity, uint256 quoteOut) private view returns (uint256) {
        (uint256 exitNum,, uint256 den) = ITorosExecPML(ITorosExecPool(pool).poolManagerLogic()).getExitFeeInfo();
        uint256 exitFee = quantity * exitNum / den;
        return quantity == exitFee ? 0 : quoteOut * exitFee / (quantity - exitFee);
    }

    /// @dev The pair's reserves as (collateral, quote) and whether the collateral is token0.
    function _reserves() private view returns (uint256 rColl, uint256 rQuote, bool collIs0) {
        (uint112 r0, uint112 r1,) = ITorosExecPair(pair).getReserves();
        collIs0 = ITorosExecPair(pair).token0() == collateralToken;
        (rColl, rQuote) = collIs0 ? (uint256(r0), uint256(r1)) : (uint256(r1), uint256(r0));
    }

    /// @dev Sells amountIn of the collateral on the pair; dust the pair would pay nothing for goes
    /// to `to` as it is.
    function _sell(uint256 amountIn, address to) private returns (uint256 out) {
        (uint256 rIn, uint256 rOut, bool collIs0) = _reserves();
        uint256 inWithFee = amountIn * 997;
        out = inWithFee * rOut / (rIn * 1000 + inWithFee);
        if (out == 0) {
            _call(collateralToken, abi.encodeCall(ITorosExecERC20.transfer, (to, amountIn)));
            return 0;
        }
        _call(collateralToken, abi.encodeCall(ITorosExecERC20.transfer, (pair, amountIn)));
        if (collIs0) {
            ITorosExecPair(pair).swap(0, out, address(this), "");
        } else {
            ITorosExecPair(pair).swap(out, 0, address(this), "");
        }
    }

    function _call(address target, bytes memory data) private {
        (bool ok, bytes memory ret) = target.call(data);
        if (!ok || (ret.length > 0 && !abi.decode(ret, (bool)))) revert TokenCall(target);
    }
}
