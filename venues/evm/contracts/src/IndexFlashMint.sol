// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @dev Index Coop's DEXAdapter types, as FlashMintLeveraged's ABI carries them:
/// SwapData = (address[] path, uint24[] fees, address pool, uint8 exchange).
library DEXAdapter {
    enum Exchange {
        None,
        Quickswap,
        Sushiswap,
        UniV3,
        Curve
    }

    struct SwapData {
        address[] path;
        uint24[] fees;
        address pool;
        Exchange exchange;
    }
}

interface IFlashDIM {
    function getRequiredComponentIssuanceUnits(address, uint256)
        external
        view
        returns (address[] memory, uint256[] memory, uint256[] memory);
    function getRequiredComponentRedemptionUnits(address, uint256)
        external
        view
        returns (address[] memory, uint256[] memory, uint256[] memory);
    function issue(address, uint256, address) external;
    function redeem(address, uint256, address) external;
}

interface IFlashERC20 {
    function balanceOf(address) external view returns (uint256);
    function approve(address spender, uint256 amount) external returns (bool);
    function transfer(address to, uint256 amount) external returns (bool);
    function transferFrom(address from, address to, uint256 amount) external returns (bool);
}

interface IFlashWETH {
    function deposit() external payable;
    function withdraw(uint256 wad) external;
}

interface IFlashPair {
    function token0() external view returns (address);
    function getReserves() external view returns (uint112, uint112, uint32);
    function swap(uint256 amount0Out, uint256 amount1Out, address to, bytes calldata data) external;
}

/// @title IndexFlashMint
/// @notice A look-alike of Index Coop's FlashMintLeveraged with its real external signatures:
/// issueExactSetFromERC20(address,uint256,address,uint256,SwapData,SwapData),
/// issueExactSetFromETH(address,uint256,SwapData,SwapData),
/// redeemExactSetForERC20(address,uint256,address,uint256,SwapData,SwapData),
/// redeemExactSetForETH(address,uint256,uint256,SwapData,SwapData),
/// getLeveragedTokenData(address,uint256,bool), and the FlashMint / FlashRedeem events.
///
/// Issue q with the debt asset D (e.g. USDC) as input: the module asks collateral c and lends
/// debt d (IndexDebtIssuanceModule units, fees included); c is flash-borrowed, the set is issued
/// to the caller, then c is bought back on the collateral/D Uniswap V2 pair for
/// in = getAmountIn(c); the caller pays in - d (at most _maxAmountInputToken) or receives
/// d - in. Redeem q: d is flash-borrowed to repay the debt, the module returns c, all of c is
/// sold on the pair for out, the caller receives out - d (at least _minAmountOutputToken).
///
/// Simplified: the flash loans come from this contract's own reserve of the collateral and
/// the debt asset (stand-in for the Balancer/Aave flash loan, no premium); the aToken is
/// traded directly on one real Uniswap V2 pair fixed at construction (stand-in for
/// withdrawing from Aave and the routers named by SwapData; the SwapData paths must start and
/// end at the right tokens, their fees/pool/exchange fields are ignored); only the debt asset
/// is accepted as input/output token.
///
/// The ETH variants need the collateral to be ether-backed: the look-alike takes the set's
/// collateral token to be the WETH given at construction (an aWETH that wraps 1:1; the real
/// contract deposits WETH into Aave). Issue: the debt d is sold for collateral on the pair
/// (exact input), the rest of c is wrapped from msg.value, the unused ether refunded. Redeem:
/// just enough of c is sold on the pair to buy d back, the rest is unwrapped and sent.
/// Only the debt-for-collateral swap data's path is checked there.
contract IndexFlashMint {
    address public constant ETH_ADDRESS = 0xEeeeeEeeeEeEeeEeEeEeeEEEeeeeEeeeeeeeEEeE;

    address public immutable debtIssuanceModule;
    address public immutable pair;
    address public immutable weth;

    event FlashMint(
        address indexed _recipient,
        address indexed _setToken,
        address indexed _inputToken,
        uint256 _amountInputToken,
        uint256 _amountSetIssued
    );
    event FlashRedeem(
        address indexed _recipient,
        address indexed _setToken,
        address indexed _outputToken,
        uint256 _amountSetRedeemed,
        uint256 _amountOutputToken
    );

    struct LeveragedTokenData {
        address collateralAToken;
        address collateralToken;
        uint256 collateralAmount;
        address debtToken;
        uint256 debtAmount;
    }

    error UnsupportedToken(address token);
    error BadPath();
    error InputAboveMax(uint256 amount, uint256 max);
    error OutputBelowMin(uint256 amount, uint256 min);
    error ReserveShort();
    error EthUnsupported();
    error TokenTransfer();

    constructor(address debtIssuanceModule_, address pair_, address weth_) {
        debtIssuanceModule = debtIssuanceModule_;
        pair = pair_;
        weth = weth_;
    }

    receive() external payable {
        if (msg.sender != weth) revert EthUnsupported();
    }

    function getLeveragedTokenData(address _setToken, uint256 _setAmount, bool _isIssuance)
        public
        view
        returns (LeveragedTokenData memory data)
    {
        (address[] memory c, uint256[] memory equity, uint256[] memory debt) = _isIssuance
            ? IFlashDIM(debtIssuanceModule).getRequiredComponentIssuanceUnits(_setToken, _setAmount)
            : IFlashDIM(debtIssuanceModule).getRequiredComponentRedemptionUnits(_setToken, _setAmount);
        data = LeveragedTokenData(c[0], c[0], equity[0], c[1], debt[1]);
    }

    function issueExactSetFromERC20(
        address _setToken,
        uint256 _setAmount,
        address _inputToken,
        uint256 _maxAmountInputToken,
        DEXAdapter.SwapData memory _swapDataDebtForCollateral,
        DEXAdapter.SwapData memory _swapDataInputToken
    ) external {
        LeveragedTokenData memory t = getLeveragedTokenData(_setToken, _setAmount, true);
        if (_inputToken != t.debtToken) revert UnsupportedToken(_inputToken);
        _checkPath(_swapDataDebtForCollateral, t.debtToken, t.collateralToken);
        _checkPath(_swapDataInputToken, _inputToken, t.collateralToken);
        if (IFlashERC20(t.collateralToken).balanceOf(address(this)) < t.collateralAmount) revert ReserveShort();

        _call(t.collateralToken, abi.encodeCall(IFlashERC20.approve, (debtIssuanceModule, t.collateralAmount)));
        IFlashDIM(debtIssuanceModule).issue(_setToken, _setAmount, msg.sender);

        (uint256 rIn, uint256 rOut) = _reserves(t.debtToken);
        uint256 amountIn = rIn * t.collateralAmount * 1000 / ((rOut - t.collateralAmount) * 997) + 1;
        uint256 paid;
        if (amountIn > t.debtAmount) {
            paid = amountIn - t.debtAmount;
            if (paid > _maxAmountInputToken) revert InputAboveMax(paid, _maxAmountInputToken);
            _call(t.debtToken, abi.encodeCall(IFlashERC20.transferFrom, (msg.sender, address(this), paid)));
        } else if (t.debtAmount > amountIn) {
            _call(t.debtToken, abi.encodeCall(IFlashERC20.transfer, (msg.sender, t.debtAmount - amountIn)));
        }
        _swap(t.debtToken, amountIn, t.collateralAmount);
        emit FlashMint(msg.sender, _setToken, _inputToken, paid, _setAmount);
    }

    function redeemExactSetForERC20(
        address _setToken,
        uint256 _setAmount,
        address _outputToken,
        uint256 _minAmountOutputToken,
        DEXAdapter.SwapData memory _swapDataCollateralForDebt,
        DEXAdapter.SwapData memory _swapDataOutputToken
    ) external {
        LeveragedTokenData memory t = getLeveragedTokenData(_setToken, _setAmount, false);
        if (_outputToken != t.debtToken) revert UnsupportedToken(_outputToken);
        _checkPath(_swapDataCollateralForDebt, t.collateralToken, t.debtToken);
        _checkPath(_swapDataOutputToken, t.collateralToken, _outputToken);
        if (IFlashERC20(t.debtToken).balanceOf(address(this)) < t.debtAmount) revert ReserveShort();

        _call(_setToken, abi.encodeCall(IFlashERC20.transferFrom, (msg.sender, address(this), _setAmount)));
        _call(t.debtToken, abi.encodeCall(IFlashERC20.approve, (debtIssuanceModule, t.debtAmount)));
        IFlashDIM(debtIssuanceModule).redeem(_setToken, _setAmount, address(this));

        (uint256 rIn, uint256 rOut) = _reserves(t.collateralToken);
        uint256 inWithFee = t.collateralAmount * 997;
        uint256 out = inWithFee * rOut / (rIn * 1000 + inWithFee);
        _swap(t.collateralToken, t.collateralAmount, out);
        if (out < t.debtAmount) revert OutputBelowMin(0, _minAmountOutputToken);
        uint256 net = out - t.debtAmount;
        if (net < _minAmountOutputToken) revert OutputBelowMin(net, _minAmountOutputToken);
        _call(t.debtToken, abi.encodeCall(IFlashERC20.transfer, (msg.sender, net)));
        emit FlashRedeem(msg.sender, _setToken, _outputToken, _setAmount, net);
    }

    function issueExactSetFromETH(
        address _setToken,
        uint256 _setAmount,
        DEXAdapter.SwapData memory _swapDataDebtForCollateral,
        DEXAdapter.SwapData memory
    ) external payable {
        LeveragedTokenData memory t = getLeveragedTokenData(_setToken, _setAmount, true);
        if (t.collateralToken != weth) revert EthUnsupported();
        _checkPath(_swapDataDebtForCollateral, t.debtToken, t.collateralToken);
        if (IFlashERC20(t.collateralToken).balanceOf(address(this)) < t.collateralAmount) revert ReserveShort();

        _call(t.collateralToken, abi.encodeCall(IFlashERC20.approve, (debtIssuanceModule, t.collateralAmount)));
        IFlashDIM(debtIssuanceModule).issue(_setToken, _setAmount, msg.sender);

        (uint256 rIn, uint256 rOut) = _reserves(t.debtToken);
        uint256 inWithFee = t.debtAmount * 997;
        uint256 bought = inWithFee * rOut / (rIn * 1000 + inWithFee);
        if (bought > 0) _swap(t.debtToken, t.debtAmount, bought);
        uint256 paid;
        if (bought < t.collateralAmount) {
            paid = t.collateralAmount - bought;
            if (paid > msg.value) revert InputAboveMax(paid, msg.value);
            IFlashWETH(weth).deposit{value: paid}();
        } else if (bought > t.collateralAmount) {
            _sendEth(bought - t.collateralAmount, true);
        }
        if (msg.value > paid) _sendEth(msg.value - paid, false);
        emit FlashMint(msg.sender, _setToken, ETH_ADDRESS, paid, _setAmount);
    }

    function redeemExactSetForETH(
        address _setToken,
        uint256 _setAmount,
        uint256 _minAmountOutputToken,
        DEXAdapter.SwapData memory _swapDataCollateralForDebt,
        DEXAdapter.SwapData memory
    ) external {
        LeveragedTokenData memory t = getLeveragedTokenData(_setToken, _setAmount, false);
        if (t.collateralToken != weth) revert EthUnsupported();
        _checkPath(_swapDataCollateralForDebt, t.collateralToken, t.debtToken);
        if (IFlashERC20(t.debtToken).balanceOf(address(this)) < t.debtAmount) revert ReserveShort();

        _call(_setToken, abi.encodeCall(IFlashERC20.transferFrom, (msg.sender, address(this), _setAmount)));
        _call(t.debtToken, abi.encodeCall(IFlashERC20.approve, (debtIssuanceModule, t.debtAmount)));
        IFlashDIM(debtIssuanceModule).redeem(_setToken, _setAmount, address(this));

        uint256 spent;
        if (t.debtAmount > 0) {
            (uint256 rIn, uint256 rOut) = _reserves(t.collateralToken);
            spent = rIn * t.debtAmount * 1000 / ((rOut - t.debtAmount) * 997) + 1;
            if (spent > t.collateralAmount) revert OutputBelowMin(0, _minAmountOutputToken);
            _swap(t.collateralToken, spent, t.debtAmount);
        }
        uint256 net = t.collateralAmount - spent;
        if (net < _minAmountOutputToken) revert OutputBelowMin(net, _minAmountOutputToken);
        _sendEth(net, true);
        emit FlashRedeem(msg.sender, _setToken, ETH_ADDRESS, _setAmount, net);
    }

    /// @dev Sends `amount` ether to the caller, unwrapping it from WETH first if `unwrap`.
    function _sendEth(uint256 amount, bool unwrap) private {
        if (unwrap) IFlashWETH(weth).withdraw(amount);
        (bool ok,) = msg.sender.call{value: amount}("");
        if (!ok) revert TokenTransfer();
    }

    function _checkPath(DEXAdapter.SwapData memory s, address from, address to) private pure {
        if (s.path.length < 2 || s.path[0] != from || s.path[s.path.length - 1] != to) revert BadPath();
    }

    /// @dev The pair's reserves as (reserve of tokenIn, reserve of the other token).
    function _reserves(address tokenIn) private view returns (uint256 rIn, uint256 rOut) {
        (uint112 r0, uint112 r1,) = IFlashPair(pair).getReserves();
        return IFlashPair(pair).token0() == tokenIn ? (uint256(r0), uint256(r1)) : (uint256(r1), uint256(r0));
    }

    function _swap(address tokenIn, uint256 amountIn, uint256 amountOut) private {
        _call(tokenIn, abi.encodeCall(IFlashERC20.transfer, (pair, amountIn)));
        if (IFlashPair(pair).token0() == tokenIn) {
            IFlashPair(pair).swap(0, amountOut, address(this), "");
        } else {
            IFlashPair(pair).swap(amountOut, 0, address(this), "");
        }
    }

    function _call(address token, bytes memory data) private {
        (bool ok, bytes memory ret) = token.call(data);
        if (!ok || (ret.length > 0 && !abi.decode(ret, (bool)))) revert TokenTransfer();
    }
}
