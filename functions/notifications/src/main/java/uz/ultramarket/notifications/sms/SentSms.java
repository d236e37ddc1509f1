package uz.ultramarket.notifications.sms;

/** Eskiz's answer to a send: {@code id} is the request id (a UUID) that status queries and callbacks name; {@code status} starts as {@code waiting}. */
public record SentSms(String id, String message, String status) {}
