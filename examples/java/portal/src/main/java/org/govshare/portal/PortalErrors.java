package org.govshare.portal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.govshare.ConflictException;
import org.govshare.GovShareException;
import org.govshare.InvalidArgumentException;
import org.govshare.InvalidTransitionException;
import org.govshare.NotFoundException;
import org.govshare.ParseException;
import org.govshare.PermissionDeniedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * The library's errors as HTTP answers: permission → 403, not found → 404, conflict (a stale row
 * version) → 409, invalid argument or transition → 422, anything else of the library (storage,
 * I/O) → 500. The platform's message (Chinese where the platform words it so) is shown on the
 * page, or returned as JSON under /api/**. Every refusal has already changed nothing and a
 * permission refusal is already recorded as a security event by the platform.
 */
@ControllerAdvice
public class PortalErrors {
  private static final Logger log = LoggerFactory.getLogger(PortalErrors.class);

  public static HttpStatus statusOf(GovShareException e) {
    if (e instanceof PermissionDeniedException) return HttpStatus.FORBIDDEN;
    if (e instanceof NotFoundException) return HttpStatus.NOT_FOUND;
    if (e instanceof ConflictException) return HttpStatus.CONFLICT;
    if (e instanceof InvalidArgumentException || e instanceof InvalidTransitionException) {
      return HttpStatus.UNPROCESSABLE_CONTENT;
    }
    return HttpStatus.INTERNAL_SERVER_ERROR;
  }

  static String titleOf(HttpStatus status) {
    return switch (status) {
      case FORBIDDEN -> "无权操作";
      case NOT_FOUND -> "未找到";
      case CONFLICT -> "数据已被他人修改，请刷新后重试";
      case UNPROCESSABLE_CONTENT -> "请求不符合规定";
      default -> "平台错误";
    };
  }

  @ExceptionHandler(GovShareException.class)
  public Object onGovShare(GovShareException e, HttpServletRequest request) {
    HttpStatus status = statusOf(e);
    if (status == HttpStatus.INTERNAL_SERVER_ERROR) {
      log.error("platform error on {}", request.getRequestURI(), e);
    }
    if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("status", status.value());
      body.put("error", e.getCode().name().toLowerCase(java.util.Locale.ROOT));
      body.put("title", titleOf(status));
      body.put("message", e.getMessage());
      if (e instanceof ParseException p) body.put("path", p.getPath());
      return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
    }
    ModelAndView page = new ModelAndView("error");
    page.setStatus(status);
    page.addObject("status", status.value());
    page.addObject("title", titleOf(status));
    page.addObject("message", e.getMessage());
    return page;
  }
}
